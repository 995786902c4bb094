package main

import (
	"context"
	"flag"
	"fmt"
	"mime"
	"os"
	"path/filepath"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func main() {
	bucket := flag.String("bucket", "", "target bucket (required)")
	dir := flag.String("dir", "dist", "folder to upload")
	flag.Parse()
	if *bucket == "" {
		flag.Usage()
		os.Exit(2)
	}
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	client := s3.NewFromConfig(cfg)
	filepath.Walk(*dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		key, _ := filepath.Rel(*dir, p)
		f, _ := os.Open(p)
		defer f.Close()
		_, err = client.PutObject(context.Background(), &s3.PutObjectInput{
			Bucket:      bucket,
			Key:         aws.String(filepath.ToSlash(key)),
			Body:        f,
			ContentType: aws.String(mime.TypeByExtension(filepath.Ext(p))),
		})
		fmt.Println("uploaded", key, err)
		return nil
	})
}
