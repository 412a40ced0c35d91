// Package request is a minimal stub of
// github.com/dgrijalva/jwt-go/request@v3.2.0 for analyzer tests: it
// extracts a token from an *http.Request and parses it.
package request

import (
	"net/http"

	"github.com/dgrijalva/jwt-go"
)

// Extractor is an interface for extracting a token from an HTTP request.
type Extractor interface {
	ExtractToken(*http.Request) (string, error)
}

// HeaderExtractor extracts a token from the named headers.
type HeaderExtractor []string

func (e HeaderExtractor) ExtractToken(req *http.Request) (string, error) { panic("stub") }

// ArgumentExtractor extracts a token from request arguments.
type ArgumentExtractor []string

func (e ArgumentExtractor) ExtractToken(req *http.Request) (string, error) { panic("stub") }

// MultiExtractor tries Extractors in order until one returns a token.
type MultiExtractor []Extractor

func (e MultiExtractor) ExtractToken(req *http.Request) (string, error) { panic("stub") }

// PostExtractionFilter wraps an Extractor in this to post-process the value.
type PostExtractionFilter struct {
	Extractor
	Filter func(string) (string, error)
}

func (e *PostExtractionFilter) ExtractToken(req *http.Request) (string, error) { panic("stub") }

// AuthorizationHeaderExtractor extracts a bearer token from the Authorization header.
var AuthorizationHeaderExtractor *PostExtractionFilter

// ParseFromRequestOption modifies parsing behavior.
type ParseFromRequestOption func(*fromRequestParser)

type fromRequestParser struct{}

// WithClaims parses with custom claims.
func WithClaims(claims jwt.Claims) ParseFromRequestOption { panic("stub") }

// ParseFromRequest extracts and parses a JWT token from an HTTP request.
func ParseFromRequest(req *http.Request, extractor Extractor, keyFunc jwt.Keyfunc, options ...ParseFromRequestOption) (token *jwt.Token, err error) {
	panic("stub")
}

// ParseFromRequestWithClaims is an alias for ParseFromRequest but with custom Claims type.
func ParseFromRequestWithClaims(req *http.Request, extractor Extractor, claims jwt.Claims, keyFunc jwt.Keyfunc) (token *jwt.Token, err error) {
	panic("stub")
}
