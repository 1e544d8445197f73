#!/bin/sh
# Writes a blog pack of N generated posts into DIR, for benchmarks: one post
# a day back from 2026, each with a heading, emphasis and two tags.
#   bench/desktop/make-blog.sh DIR N
set -eu
blog=$1
count=$2
mkdir -p "$blog/posts"
cat >"$blog/pack.yaml" <<YAML
id: big-blog
version: 1.0.0
title: "A very long blog"
description: "Generated posts, for measuring."
language: en
authors: ["bench"]
license: "CC0"
api: 1
content:
  - type: blog
    source: posts
YAML
awk -v dir="$blog/posts" -v n="$count" 'BEGIN {
  for (i = 0; i < n; i++) {
    d = strftime("%Y-%m-%d", 1790000000 - i * 86400, 1)
    f = sprintf("%s/post-%05d.md", dir, i)
    printf "---\ntitle: \"Post number %d about sleep and closeness\"\ndate: %s\nauthor: Bench\ntags: [t%d, all]\nsummary: \"A short summary of post %d.\"\n---\n\nA paragraph of text about settling a baby, number %d.\n\n## A heading\n\nAnother paragraph with *emphasis* and **strength**.\n", i, d, i % 20, i, i > f
    close(f)
  }
}'
