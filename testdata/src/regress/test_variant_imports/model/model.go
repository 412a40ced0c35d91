// Package model holds the types the store and the API share.
package model

// Note belongs to one user.
type Note struct{ ID, OwnerID, Body string }
