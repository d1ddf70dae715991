package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/textproto"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// lspConn speaks the Language Server Protocol's framing over a process's
// standard streams.
type lspConn struct {
	in  io.Writer
	out *bufio.Reader
	id  int
}

func (c *lspConn) send(method string, params any, request bool) error {
	msg := map[string]any{"jsonrpc": "2.0", "method": method, "params": params}
	if request {
		c.id++
		msg["id"] = c.id
	}
	body, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(c.in, "Content-Length: %d\r\n\r\n%s", len(body), body)
	return err
}

type lspMessage struct {
	ID     *int            `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
	Error  *struct {
		Message string `json:"message"`
	} `json:"error"`
}

func (c *lspConn) receive() (lspMessage, error) {
	header, err := textproto.NewReader(c.out).ReadMIMEHeader()
	if err != nil {
		return lspMessage{}, err
	}
	n, err := strconv.Atoi(header.Get("Content-Length"))
	if err != nil {
		return lspMessage{}, fmt.Errorf("bad Content-Length %q", header.Get("Content-Length"))
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(c.out, body); err != nil {
		return lspMessage{}, err
	}
	var m lspMessage
	return m, json.Unmarshal(body, &m)
}

// An editor opens a file over LSP and receives the quota's diagnostic from
// tflint --langserver.
func TestLangServerPublishesQuotaDiagnostics(t *testing.T) {
	tflint := tflintPath(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{".tflint.hcl": tflintConfig})
	cmd := exec.Command(tflint, "--langserver")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TFLINT_PLUGIN_DIR="+plugins(t))
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	}()
	c := &lspConn{in: stdin, out: bufio.NewReader(stdout)}
	root := "file://" + dir
	file := filepath.Join(dir, "main.tf")
	text := "resource \"aws_lambda_function\" \"api\" {\n  function_name = \"api\"\n  memory_size   = 10241\n}\n"
	steps := []struct {
		method  string
		params  any
		request bool
	}{
		{"initialize", map[string]any{"processId": os.Getpid(), "rootUri": root, "capabilities": map[string]any{}}, true},
		{"initialized", map[string]any{}, false},
		{"textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": "file://" + file, "languageId": "terraform", "version": 1, "text": text}}, false},
	}
	for _, s := range steps {
		if err := c.send(s.method, s.params, s.request); err != nil {
			t.Fatal(err)
		}
	}
	type diagnostics struct {
		URI         string `json:"uri"`
		Diagnostics []struct {
			Message string `json:"message"`
			Range   struct {
				Start struct{ Line int } `json:"start"`
			} `json:"range"`
		} `json:"diagnostics"`
	}
	deadline := time.AfterFunc(2*time.Minute, func() { _ = cmd.Process.Kill() })
	defer deadline.Stop()
	for {
		m, err := c.receive()
		if err != nil {
			t.Fatalf("no diagnostics before the server stopped: %v", err)
		}
		if m.Error != nil {
			t.Fatalf("the server answered with an error: %s", m.Error.Message)
		}
		if m.Method != "textDocument/publishDiagnostics" {
			continue
		}
		var d diagnostics
		if err := json.Unmarshal(m.Params, &d); err != nil {
			t.Fatal(err)
		}
		for _, diag := range d.Diagnostics {
			// Lines count from 0: memory_size is the third.
			if strings.Contains(diag.Message, "Lambda Memory Too Large: The memory size of function \"api\" is 10,241 MB") && diag.Range.Start.Line == 2 {
				return
			}
		}
		t.Fatalf("diagnostics for %s: %+v", d.URI, d.Diagnostics)
	}
}
