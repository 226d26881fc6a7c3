#!/usr/bin/env bash
# Backs up the service's database into one compressed file (pg_dump custom format).
#   scripts/backup.sh [DATABASE_URL] [FILE]
# With docker compose, run pg_dump inside the database container instead:
#   docker compose exec -T db pg_dump -Fc -U kazpost kazpost > kazpost-$(date +%F).dump
set -euo pipefail
url="${1:-${DATABASE_URL:?give DATABASE_URL or pass it as the first argument}}"
file="${2:-kazpost-$(date +%Y-%m-%d-%H%M).dump}"
pg_dump --format=custom --no-owner --no-privileges --file="$file" "$url"
echo "backup written to $file ($(du -h "$file" | cut -f1))"
