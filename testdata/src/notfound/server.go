// Package notfound holds the scenarios of the second rule (CWE-754): a
// fetch of one object whose not-found error can fall through to a success
// response. Every handler reads the subject and scopes its query by it,
// so the ownership rule has nothing to say.
package notfound

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"gorm.io/gorm"

	"authjwt"
)

type server struct {
	db    *sql.DB
	dbx   *sqlx.DB
	gdb   *gorm.DB
	pool  *pgxpool.Pool
	notes *mongo.Collection
	repo  *repo
}

type note struct {
	ID      int64  `json:"id" db:"id" bson:"_id"`
	OwnerID string `json:"owner_id" db:"owner_id" bson:"owner"`
	Body    string `json:"body" db:"body" bson:"body"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, err error) {
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	http.Error(w, "internal error", http.StatusInternalServerError)
}

func sub(r *http.Request) string { return authjwt.Subject(r.Context()) }

// errNotFound is what the repository returns for a missing note.
var errNotFound = errors.New("note not found")

type repo struct{ db *sql.DB }

// get maps sql.ErrNoRows to errNotFound.
func (r *repo) get(ctx context.Context, id, owner string) (note, error) {
	var n note
	err := r.db.QueryRowContext(ctx, `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, owner).Scan(&n.ID, &n.OwnerID, &n.Body)
	if errors.Is(err, sql.ErrNoRows) {
		return note{}, errNotFound
	}
	return n, err
}

// find hides absence: a missing note is a zero note and no error.
func (r *repo) find(ctx context.Context, id, owner string) (note, error) {
	var n note
	err := r.db.QueryRowContext(ctx, `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, owner).Scan(&n.ID, &n.OwnerID, &n.Body)
	if errors.Is(err, sql.ErrNoRows) {
		return note{}, nil
	}
	return n, err
}
