// Package fasthttp is a minimal stub of github.com/valyala/fasthttp@v1.69.0 for analyzer tests.
//
// Only the types that the fiber stubs' signatures need are declared.
package fasthttp

import (
	"net"
	"time"
)

// RequestHandler must process incoming requests.
type RequestHandler func(ctx *RequestCtx)

// RequestCtx contains incoming request and manages outgoing response.
type RequestCtx struct {
	Request  Request
	Response Response
}

func (ctx *RequestCtx) SetUserValue(key, value any)             { panic("stub") }
func (ctx *RequestCtx) UserValue(key any) any                   { panic("stub") }
func (ctx *RequestCtx) SetStatusCode(statusCode int)            { panic("stub") }
func (ctx *RequestCtx) Path() []byte                            { panic("stub") }
func (ctx *RequestCtx) QueryArgs() *Args                        { panic("stub") }
func (ctx *RequestCtx) Method() []byte                          { panic("stub") }
func (ctx *RequestCtx) RemoteIP() net.IP                        { panic("stub") }
func (ctx *RequestCtx) SetBodyString(body string)               { panic("stub") }
func (ctx *RequestCtx) Deadline() (deadline time.Time, ok bool) { panic("stub") }
func (ctx *RequestCtx) Done() <-chan struct{}                   { panic("stub") }
func (ctx *RequestCtx) Err() error                              { panic("stub") }
func (ctx *RequestCtx) Value(key any) any                       { panic("stub") }

// Request represents HTTP request.
type Request struct{}

func (req *Request) SetRequestURI(requestURI string) { panic("stub") }
func (req *Request) Body() []byte                    { panic("stub") }
func (req *Request) URI() *URI                       { panic("stub") }

// Response represents HTTP response.
type Response struct{}

func (resp *Response) StatusCode() int { panic("stub") }
func (resp *Response) Body() []byte    { panic("stub") }

// Args represents query arguments.
type Args struct{}

func (a *Args) Peek(key string) []byte { panic("stub") }

// URI represents URI :) .
type URI struct{}
