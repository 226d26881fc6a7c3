#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an EMPTY database (create it first).
#   scripts/restore.sh DATABASE_URL FILE
# With docker compose (stop the api first so nobody writes meanwhile):
#   docker compose stop api
#   docker compose exec -T db dropdb -U kazpost kazpost && docker compose exec -T db createdb -U kazpost kazpost
#   docker compose exec -T db pg_restore --no-owner -U kazpost -d kazpost < kazpost-2026-11-23.dump
#   docker compose start api
set -euo pipefail
url="${1:?give the DATABASE_URL of an empty database}"
file="${2:?give the backup file}"
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$url" "$file"
echo "restored $file"
