// Package knowledge holds what bolacheck knows about other people's code:
// HTTP routers, JWT libraries and data-access drivers. It is data only.
//
// Every table is keyed by the full name of a function or method as
// (*types.Func).FullName prints it, for example
// "(*database/sql.DB).QueryRowContext" or
// "(github.com/labstack/echo/v4.Context).Param" for an interface method.
// Types are keyed by types.TypeString with full package paths, for example
// "*github.com/gin-gonic/gin.Context". Each major version of a module is
// spelled out; nothing is matched by pattern.
//
// Argument indices never count the receiver: for
// (*sql.DB).QueryRowContext(ctx, query, args...) the query is argument 1.
//
// To support a new library: add its rows here, a stub at its real import
// path under testdata/src, a bad_ and a good_ scenario, and a README row.
package knowledge
