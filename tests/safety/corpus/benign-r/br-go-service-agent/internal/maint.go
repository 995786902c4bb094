package maint

import (
	"context"
	"log/slog"
	"time"
)

func Run(ctx context.Context, prune func(context.Context) (int, error)) {
	t := time.NewTicker(10 * time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			n, err := prune(ctx)
			if err != nil {
				slog.Warn("cache prune failed", "err", err)
				continue
			}
			slog.Info("cache pruned", "entries", n)
		}
	}
}
