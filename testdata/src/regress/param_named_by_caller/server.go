// Package param_named_by_caller: a helper reads the path parameter its
// caller names (homebox's ctrl.routeUUID(r, "attachment_id")); findings
// name the parameter the handler asked for.
package param_named_by_caller

import (
	"database/sql"
	"net/http"
	"strconv"

	"authjwt"
)

type server struct {
	db     *sql.DB
	secret []byte
}

// routeID parses the path parameter key.
func routeID(r *http.Request, key string) (int64, error) {
	return strconv.ParseInt(r.PathValue(key), 10, 64)
}

func (s *server) routes(mux *http.ServeMux) {
	mux.Handle("DELETE /items/{item_id}/attachments/{attachment_id}", authjwt.Middleware(s.secret)(http.HandlerFunc(s.badDeleteAttachment)))
}
