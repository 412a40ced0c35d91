package server

// The note is loaded, its owner compared with the caller, and only then
// deleted.

import (
	"net/http"

	"authjwt"

	"regress/provider_global_iface/provider"
)

func deleteCheckedNote(w http.ResponseWriter, r *http.Request) {
	id := noteID(r)
	n, err := provider.Provider.Notes.GetNote(id)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if n.OwnerID != authjwt.Subject(r.Context()) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if err := provider.Provider.Notes.DeleteNote(id); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
