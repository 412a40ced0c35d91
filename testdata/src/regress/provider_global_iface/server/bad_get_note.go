package server

// Any caller reads any note through the provider's service.

import (
	"encoding/json"
	"net/http"

	"regress/provider_global_iface/provider"
)

func getNote(w http.ResponseWriter, r *http.Request) {
	n, err := provider.Provider.Notes.GetNote(noteID(r)) // want `path parameter "id" reaches service\.\(NoteService\)\.GetNote → \(\*sql\.DB\)\.QueryRow with no check against the JWT subject`
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	_ = json.NewEncoder(w).Encode(n)
}
