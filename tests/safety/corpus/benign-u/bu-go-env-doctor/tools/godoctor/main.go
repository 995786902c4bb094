package main

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("go", "env", "-json").Output()
	if err != nil {
		fmt.Println("cannot run go env:", err)
		return
	}
	var env map[string]string
	json.Unmarshal(out, &env)

	if env["GOPROXY"] == "off" {
		fmt.Println("GOPROXY=off: set GOPROXY=https://proxy.golang.org,direct")
	}
	if env["GOPRIVATE"] != "" && !strings.Contains(env["GONOSUMDB"]+env["GONOSUMCHECK"]+env["GOPRIVATE"], env["GOPRIVATE"]) {
		fmt.Println("GOPRIVATE set but checksum DB still consulted: set GONOSUMDB too")
	}
	_, gccErr := exec.LookPath("gcc")
	if env["CGO_ENABLED"] == "1" && gccErr != nil {
		fmt.Println("CGO_ENABLED=1 but no gcc: install a C compiler or set CGO_ENABLED=0")
	}
	fmt.Println("check finished")
}
