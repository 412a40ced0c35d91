package knowledge

// ClaimsTypes are the JWT libraries' claims and token types. A value of one
// of these types, or of a struct that embeds one, holds the verified claims
// of the caller.
var ClaimsTypes = map[string]bool{
	"github.com/golang-jwt/jwt/v5.RegisteredClaims": true,
	"github.com/golang-jwt/jwt/v5.MapClaims":        true,
	"github.com/golang-jwt/jwt/v4.RegisteredClaims": true,
	"github.com/golang-jwt/jwt/v4.StandardClaims":   true,
	"github.com/golang-jwt/jwt/v4.MapClaims":        true,
	"github.com/dgrijalva/jwt-go.StandardClaims":    true,
	"github.com/dgrijalva/jwt-go.MapClaims":         true,
	"github.com/go-jose/go-jose/v4/jwt.Claims":      true,
	"github.com/lestrrat-go/jwx/v2/jwt.Token":       true,
	"github.com/lestrrat-go/jwx/v3/jwt.Token":       true,
	"github.com/appleboy/gin-jwt/v2.MapClaims":      true,

	"github.com/auth0/go-jwt-middleware/v2/validator.ValidatedClaims":  true,
	"github.com/auth0/go-jwt-middleware/v2/validator.RegisteredClaims": true,
}

// ClaimsInterfaces are the interfaces a custom claims type implements.
var ClaimsInterfaces = map[string]bool{
	"github.com/golang-jwt/jwt/v5.Claims": true,
	"github.com/golang-jwt/jwt/v4.Claims": true,
	"github.com/dgrijalva/jwt-go.Claims":  true,
}

// RegisteredClaimFields are the fields of the registered claims structs
// that do not identify the caller: comparing an id with the issuer or the
// expiry is no ownership check. Every other field of a claims struct (Subject,
// and a custom claims type's own fields such as UserID) identifies the caller.
var RegisteredClaimFields = map[string]bool{
	"Issuer": true, "Audience": true, "ExpiresAt": true, "NotBefore": true,
	"IssuedAt": true, "ID": true, "Id": true, "Expiry": true,
}

// RegisteredClaimKeys are the claim names of a claims map that do not
// identify the caller (RFC 7519 section 4.1, less "sub").
var RegisteredClaimKeys = map[string]bool{
	"iss": true, "aud": true, "exp": true, "nbf": true, "iat": true, "jti": true,
}

// RoleFlagWords make a boolean field of the caller's claims or of the
// caller's own record a role: IsAdmin, Superuser, claims["staff"]. Testing
// such a flag is a role test, as comparing a role claim with "admin" is.
var RoleFlagWords = map[string]bool{
	"admin": true, "administrator": true, "superadmin": true, "superuser": true,
	"staff": true, "root": true, "moderator": true, "sudo": true, "sudoer": true,
}

// SubjectFuncs return the subject of a verified token.
var SubjectFuncs = map[string]bool{
	"(github.com/golang-jwt/jwt/v5.RegisteredClaims).GetSubject": true,
	"(github.com/golang-jwt/jwt/v5.MapClaims).GetSubject":        true,
	"(github.com/golang-jwt/jwt/v5.Claims).GetSubject":           true,
	"(github.com/lestrrat-go/jwx/v2/jwt.Token).Subject":          true,
	"(github.com/lestrrat-go/jwx/v3/jwt.Token).Subject":          true,
	"(github.com/lestrrat-go/jwx/v2/jwt.Token).PrivateClaims":    true,
	"(github.com/lestrrat-go/jwx/v3/jwt.Token).PrivateClaims":    true,
	"(github.com/lestrrat-go/jwx/v2/jwt.Token).Get":              true,
	"(github.com/lestrrat-go/jwx/v3/jwt.Token).Get":              true,
	"github.com/appleboy/gin-jwt/v2.ExtractClaims":               true,
	"github.com/go-chi/jwtauth/v5.FromContext":                   true,
}

// VerifyFuncs verify a token's signature. A function that calls one of them,
// directly or through the analysed code, authenticates its caller.
var VerifyFuncs = map[string]bool{
	"github.com/golang-jwt/jwt/v5.Parse":                             true,
	"github.com/golang-jwt/jwt/v5.ParseWithClaims":                   true,
	"(*github.com/golang-jwt/jwt/v5.Parser).Parse":                   true,
	"(*github.com/golang-jwt/jwt/v5.Parser).ParseWithClaims":         true,
	"github.com/golang-jwt/jwt/v4.Parse":                             true,
	"github.com/golang-jwt/jwt/v4.ParseWithClaims":                   true,
	"(*github.com/golang-jwt/jwt/v4.Parser).Parse":                   true,
	"(*github.com/golang-jwt/jwt/v4.Parser).ParseWithClaims":         true,
	"github.com/dgrijalva/jwt-go.Parse":                              true,
	"github.com/dgrijalva/jwt-go.ParseWithClaims":                    true,
	"(*github.com/dgrijalva/jwt-go.Parser).Parse":                    true,
	"(*github.com/dgrijalva/jwt-go.Parser).ParseWithClaims":          true,
	"github.com/dgrijalva/jwt-go/request.ParseFromRequest":           true,
	"github.com/dgrijalva/jwt-go/request.ParseFromRequestWithClaims": true,
	"github.com/golang-jwt/jwt/v4/request.ParseFromRequest":          true,
	"github.com/golang-jwt/jwt/v5/request.ParseFromRequest":          true,
	"github.com/lestrrat-go/jwx/v2/jwt.Parse":                        true,
	"github.com/lestrrat-go/jwx/v2/jwt.ParseString":                  true,
	"github.com/lestrrat-go/jwx/v2/jwt.ParseRequest":                 true,
	"github.com/lestrrat-go/jwx/v2/jwt.ParseHeader":                  true,
	"github.com/lestrrat-go/jwx/v3/jwt.Parse":                        true,
	"github.com/lestrrat-go/jwx/v3/jwt.ParseString":                  true,
	"github.com/lestrrat-go/jwx/v3/jwt.ParseRequest":                 true,
	"github.com/lestrrat-go/jwx/v3/jwt.ParseHeader":                  true,
	"(*github.com/go-jose/go-jose/v4/jwt.JSONWebToken).Claims":       true,

	"(*github.com/auth0/go-jwt-middleware/v2/validator.Validator).ValidateToken": true,
}

// Middlewares are third-party constructors whose result is JWT-verifying
// middleware, and methods that are such middleware themselves.
var Middlewares = map[string]bool{
	"github.com/labstack/echo-jwt/v4.JWT":                               true,
	"github.com/labstack/echo-jwt/v4.WithConfig":                        true,
	"github.com/go-chi/jwtauth/v5.Verifier":                             true,
	"github.com/go-chi/jwtauth/v5.Verify":                               true,
	"github.com/go-chi/jwtauth/v5.Authenticator":                        true,
	"(*github.com/appleboy/gin-jwt/v2.GinJWTMiddleware).MiddlewareFunc": true,
	"(*github.com/auth0/go-jwt-middleware/v2.JWTMiddleware).CheckJWT":   true,
	"github.com/gofiber/contrib/jwt.New":                                true,
}

// MiddlewareSkips name the configuration field of JWT middleware that
// lets chosen requests through unverified. When that function tests the
// request method (a Filter for GET), anonymous callers read what the
// routes behind it serve: the middleware is optional. Skipping chosen
// paths (/login, /health) leaves the other routes guarded.
var MiddlewareSkips = map[string]string{
	"github.com/gofiber/contrib/jwt.New":         "Filter",
	"github.com/labstack/echo-jwt/v4.WithConfig": "Skipper",
}

// MethodReads return the method of the request.
var MethodReads = map[string]bool{
	"(*github.com/gofiber/fiber/v2.Ctx).Method": true,
	"(github.com/gofiber/fiber/v3.Ctx).Method":  true,
}

// Authorizers are policy enforcers: a true result means the policy relates
// every argument, the subject among them, to the object asked about.
var Authorizers = map[string]bool{
	"(*github.com/casbin/casbin/v2.Enforcer).Enforce":       true,
	"(*github.com/casbin/casbin/v2.SyncedEnforcer).Enforce": true,
}
