package api

import (
	"net/http/httptest"
	"testing"

	"regress/test_variant_imports/store"
)

func TestGet(t *testing.T) {
	h := &Handler{Store: &store.Notes{}}
	h.Get(httptest.NewRecorder(), httptest.NewRequest("GET", "/notes/1", nil))
}
