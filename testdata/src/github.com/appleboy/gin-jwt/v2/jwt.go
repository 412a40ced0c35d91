// Package jwt is a minimal stub of github.com/appleboy/gin-jwt/v2@v2.10.3 for analyzer tests.
package jwt

import (
	"errors"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v4"
)

// MapClaims type that uses the map[string]interface{} for JSON decoding
type MapClaims jwt.MapClaims

// GinJWTMiddleware provides a Json-Web-Token authentication implementation.
type GinJWTMiddleware struct {
	Realm                 string
	SigningAlgorithm      string
	Key                   []byte
	KeyFunc               func(token *jwt.Token) (interface{}, error)
	Timeout               time.Duration
	TimeoutFunc           func(data interface{}) time.Duration
	MaxRefresh            time.Duration
	Authenticator         func(c *gin.Context) (interface{}, error)
	Authorizator          func(data interface{}, c *gin.Context) bool
	PayloadFunc           func(data interface{}) MapClaims
	Unauthorized          func(c *gin.Context, code int, message string)
	LoginResponse         func(c *gin.Context, code int, message string, time time.Time)
	LogoutResponse        func(c *gin.Context, code int)
	RefreshResponse       func(c *gin.Context, code int, message string, time time.Time)
	IdentityHandler       func(*gin.Context) interface{}
	IdentityKey           string
	TokenLookup           string
	TokenHeadName         string
	TimeFunc              func() time.Time
	HTTPStatusMessageFunc func(e error, c *gin.Context) string
	PrivKeyFile           string
	PrivKeyBytes          []byte
	PubKeyFile            string
	PrivateKeyPassphrase  string
	PubKeyBytes           []byte
	SendCookie            bool
	CookieMaxAge          time.Duration
	SecureCookie          bool
	CookieHTTPOnly        bool
	CookieDomain          string
	SendAuthorization     bool
	DisabledAbort         bool
	CookieName            string
	CookieSameSite        http.SameSite
	ParseOptions          []jwt.ParserOption
	ExpField              string
}

var (
	ErrMissingSecretKey         = errors.New("secret key is required")
	ErrForbidden                = errors.New("you don't have permission to access this resource")
	ErrMissingAuthenticatorFunc = errors.New("ginJWTMiddleware.Authenticator func is undefined")
	ErrMissingLoginValues       = errors.New("missing Username or Password")
	ErrFailedAuthentication     = errors.New("incorrect Username or Password")
	ErrFailedTokenCreation      = errors.New("failed to create JWT Token")
	ErrExpiredToken             = errors.New("token is expired")
	ErrEmptyAuthHeader          = errors.New("auth header is empty")
	ErrInvalidAuthHeader        = errors.New("auth header is invalid")
	ErrInvalidSigningAlgorithm  = errors.New("invalid signing algorithm")

	// IdentityKey default identity key
	IdentityKey = "identity"
)

// New for check error with GinJWTMiddleware
func New(m *GinJWTMiddleware) (*GinJWTMiddleware, error) { panic("stub") }

func (mw *GinJWTMiddleware) MiddlewareInit() error                              { panic("stub") }
func (mw *GinJWTMiddleware) MiddlewareFunc() gin.HandlerFunc                    { panic("stub") }
func (mw *GinJWTMiddleware) GetClaimsFromJWT(c *gin.Context) (MapClaims, error) { panic("stub") }
func (mw *GinJWTMiddleware) LoginHandler(c *gin.Context)                        { panic("stub") }
func (mw *GinJWTMiddleware) LogoutHandler(c *gin.Context)                       { panic("stub") }
func (mw *GinJWTMiddleware) RefreshHandler(c *gin.Context)                      { panic("stub") }
func (mw *GinJWTMiddleware) RefreshToken(c *gin.Context) (string, time.Time, error) {
	panic("stub")
}
func (mw *GinJWTMiddleware) CheckIfTokenExpire(c *gin.Context) (jwt.MapClaims, error) {
	panic("stub")
}
func (mw *GinJWTMiddleware) TokenGenerator(data interface{}) (string, time.Time, error) {
	panic("stub")
}
func (mw *GinJWTMiddleware) ParseToken(c *gin.Context) (*jwt.Token, error)     { panic("stub") }
func (mw *GinJWTMiddleware) ParseTokenString(token string) (*jwt.Token, error) { panic("stub") }
func (mw *GinJWTMiddleware) SetCookie(c *gin.Context, token string)            { panic("stub") }

// ExtractClaims help to extract the JWT claims
func ExtractClaims(c *gin.Context) MapClaims { panic("stub") }

// ExtractClaimsFromToken help to extract the JWT claims from token
func ExtractClaimsFromToken(token *jwt.Token) MapClaims { panic("stub") }

// GetToken help to get the JWT token string
func GetToken(c *gin.Context) string { panic("stub") }
