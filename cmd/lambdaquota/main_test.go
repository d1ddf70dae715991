package main

import (
	"log"
	"os"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6/tf6server"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/awstest"
	"github.com/lambdaquota/terraform-provider-lambdaquota/provider"
)

// serveEnv makes the test binary a provider plugin: the acceptance tests
// install it as the CLI's development override for hashicorp/aws (the
// test-only AWS-shaped provider) and lambdaquota/lambdaquota, so that real
// CLIs make real plans offline.
const serveEnv = "LAMBDAQUOTA_TEST_SERVE"

func TestMain(m *testing.M) {
	var factory func() (tfprotov6.ProviderServer, error)
	var name string
	switch os.Getenv(serveEnv) {
	case "":
		os.Exit(m.Run())
	case "aws":
		name, factory = "registry.terraform.io/hashicorp/aws", awstest.Server
	case "lambdaquota":
		name, factory = "registry.terraform.io/lambdaquota/lambdaquota", provider.NewServer("test")
	default:
		log.Fatalf("%s=%s: want aws or lambdaquota", serveEnv, os.Getenv(serveEnv))
	}
	server, err := factory()
	if err != nil {
		log.Fatal(err)
	}
	if err := tf6server.Serve(name, func() tfprotov6.ProviderServer { return server }); err != nil {
		log.Fatal(err)
	}
}
