package main

import (
	"fmt"
	"os"
	"path/filepath"

	"gopkg.in/yaml.v3"
)

type kubeconfig struct {
	CurrentContext string `yaml:"current-context"`
	Contexts       []struct {
		Name    string `yaml:"name"`
		Context struct {
			Cluster   string `yaml:"cluster"`
			Namespace string `yaml:"namespace"`
		} `yaml:"context"`
	} `yaml:"contexts"`
}

func main() {
	home, _ := os.UserHomeDir()
	raw, err := os.ReadFile(filepath.Join(home, ".kube", "config"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "no kubeconfig:", err)
		os.Exit(1)
	}
	var cfg kubeconfig
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, c := range cfg.Contexts {
		mark := " "
		if c.Name == cfg.CurrentContext {
			mark = "*"
		}
		fmt.Printf("%s %-30s %-30s %s\n", mark, c.Name, c.Context.Cluster, c.Context.Namespace)
	}
}
