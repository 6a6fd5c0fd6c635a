#!/usr/bin/env bash
# Rewrites PublicAPI.Unshipped.txt from what the PublicApiAnalyzers report as undeclared (RS0016).
# Run after changing the public surface, then review the diff: it is the API change.
set -euo pipefail
project=${1:-src/ConsentKit}
file="$project/PublicAPI.Unshipped.txt"
echo '#nullable enable' > "$file"
dotnet build "$project" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 \
  | grep -o "RS0016: Symbol '.*' is not part of the declared public API" \
  | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" \
  | sort -u >> "$file" || true
echo "$(($(wc -l < "$file") - 1)) symbols in $file"
