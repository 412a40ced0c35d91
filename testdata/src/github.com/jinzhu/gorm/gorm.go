// Package gorm is a minimal stub of github.com/jinzhu/gorm@v1.9.16 (gorm
// v1) for analyzer tests.
package gorm

import (
	"database/sql"
	"errors"
	"time"
)

// ErrRecordNotFound returns a "record not found error".
var ErrRecordNotFound = errors.New("record not found")

// DB contains information for current db connection.
type DB struct {
	Value        interface{}
	Error        error
	RowsAffected int64
}

// Model base model definition.
type Model struct {
	ID        uint `gorm:"primary_key"`
	CreatedAt time.Time
	UpdatedAt time.Time
	DeletedAt *time.Time `sql:"index"`
}

// Association mode contains some helper methods to handle relationship things easily.
type Association struct {
	Error error
}

func (association *Association) Find(value interface{}) *Association { panic("stub") }
func (association *Association) Count() int                          { panic("stub") }

// Open initialize a new db connection.
func Open(dialect string, args ...interface{}) (db *DB, err error) { panic("stub") }

func (s *DB) Close() error                                                 { panic("stub") }
func (s *DB) DB() *sql.DB                                                  { panic("stub") }
func (s *DB) Where(query interface{}, args ...interface{}) *DB             { panic("stub") }
func (s *DB) Or(query interface{}, args ...interface{}) *DB                { panic("stub") }
func (s *DB) Not(query interface{}, args ...interface{}) *DB               { panic("stub") }
func (s *DB) Limit(limit interface{}) *DB                                  { panic("stub") }
func (s *DB) Offset(offset interface{}) *DB                                { panic("stub") }
func (s *DB) Order(value interface{}, reorder ...bool) *DB                 { panic("stub") }
func (s *DB) Select(query interface{}, args ...interface{}) *DB            { panic("stub") }
func (s *DB) Joins(query string, args ...interface{}) *DB                  { panic("stub") }
func (s *DB) First(out interface{}, where ...interface{}) *DB              { panic("stub") }
func (s *DB) Take(out interface{}, where ...interface{}) *DB               { panic("stub") }
func (s *DB) Last(out interface{}, where ...interface{}) *DB               { panic("stub") }
func (s *DB) Find(out interface{}, where ...interface{}) *DB               { panic("stub") }
func (s *DB) Scan(dest interface{}) *DB                                    { panic("stub") }
func (s *DB) Count(value interface{}) *DB                                  { panic("stub") }
func (s *DB) Related(value interface{}, foreignKeys ...string) *DB         { panic("stub") }
func (s *DB) FirstOrCreate(out interface{}, where ...interface{}) *DB      { panic("stub") }
func (s *DB) Update(attrs ...interface{}) *DB                              { panic("stub") }
func (s *DB) Updates(values interface{}, ignoreProtectedAttrs ...bool) *DB { panic("stub") }
func (s *DB) Save(value interface{}) *DB                                   { panic("stub") }
func (s *DB) Create(value interface{}) *DB                                 { panic("stub") }
func (s *DB) Delete(value interface{}, where ...interface{}) *DB           { panic("stub") }
func (s *DB) Raw(sql string, values ...interface{}) *DB                    { panic("stub") }
func (s *DB) Exec(sql string, values ...interface{}) *DB                   { panic("stub") }
func (s *DB) Model(value interface{}) *DB                                  { panic("stub") }
func (s *DB) Table(name string) *DB                                        { panic("stub") }
func (s *DB) Preload(column string, conditions ...interface{}) *DB         { panic("stub") }
func (s *DB) Begin() *DB                                                   { panic("stub") }
func (s *DB) Commit() *DB                                                  { panic("stub") }
func (s *DB) Rollback() *DB                                                { panic("stub") }
func (s *DB) Association(column string) *Association                       { panic("stub") }
func (s *DB) RecordNotFound() bool                                         { panic("stub") }
