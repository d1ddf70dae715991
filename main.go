package main

import (
	"flag"
	"log"
	"os"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6/tf6server"

	"github.com/lambdaquota/terraform-provider-lambdaquota/provider"
)

// version is set at build time: -ldflags "-X main.version=1.2.3".
var version = "dev"

// quietSDKLogs turns the SDK's own logs off when Terraform is not logging.
// terraform-plugin-log defaults every SDK logger to TRACE and relies on the
// CLI to discard what it does not show; encoding those discarded lines was
// most of the provider's CPU time in a 1,000-data-source plan.
func quietSDKLogs() {
	if os.Getenv("TF_LOG") != "" {
		return
	}
	for _, env := range []string{"TF_LOG_SDK", "TF_LOG_SDK_PROTO", "TF_LOG_SDK_FRAMEWORK"} {
		if _, set := os.LookupEnv(env); !set {
			_ = os.Setenv(env, "off")
		}
	}
}

func main() {
	quietSDKLogs()
	var debug bool
	flag.BoolVar(&debug, "debug", false, "run the provider with support for debuggers like delve")
	flag.Parse()

	var opts []tf6server.ServeOpt
	if debug {
		opts = append(opts, tf6server.WithManagedDebug())
	}
	server, err := provider.NewServer(version)()
	if err == nil {
		err = tf6server.Serve("registry.terraform.io/lambdaquota/lambdaquota", func() tfprotov6.ProviderServer { return server }, opts...)
	}
	if err != nil {
		log.Fatal(err.Error())
	}
}
