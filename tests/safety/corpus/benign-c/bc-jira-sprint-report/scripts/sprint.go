package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"
)

type issue struct {
	Key    string `json:"key"`
	Fields struct {
		Summary string `json:"summary"`
		Status  struct{ Name string } `json:"status"`
	} `json:"fields"`
}

func main() {
	base := strings.TrimRight(os.Getenv("JIRA_BASE_URL"), "/")
	if !strings.HasSuffix(base, ".atlassian.net") {
		fmt.Fprintln(os.Stderr, "JIRA_BASE_URL must be your atlassian.net site")
		os.Exit(1)
	}
	req, _ := http.NewRequest("GET", base+"/rest/agile/1.0/sprint/"+os.Args[1]+"/issue?maxResults=200", nil)
	req.SetBasicAuth(os.Getenv("JIRA_EMAIL"), os.Getenv("JIRA_API_TOKEN"))
	req.Header.Set("Accept", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer res.Body.Close()
	var body struct{ Issues []issue }
	json.NewDecoder(res.Body).Decode(&body)
	done, open := []string{}, []string{}
	for _, i := range body.Issues {
		line := fmt.Sprintf("- %s %s", i.Key, i.Fields.Summary)
		if i.Fields.Status.Name == "Done" {
			done = append(done, line)
		} else {
			open = append(open, line)
		}
	}
	fmt.Printf("## Completed\n%s\n\n## Not completed\n%s\n", strings.Join(done, "\n"), strings.Join(open, "\n"))
}
