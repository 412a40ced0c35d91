package server

// The service confines the load to the caller's notes.

import (
	"encoding/json"
	"net/http"

	"authjwt"

	"regress/provider_global_iface/provider"
)

func getOwnedNote(w http.ResponseWriter, r *http.Request) {
	n, err := provider.Provider.Notes.GetOwnedNote(noteID(r), authjwt.Subject(r.Context()))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	_ = json.NewEncoder(w).Encode(n)
}
