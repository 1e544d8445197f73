#include "starters.hpp"

#include <string>

#include "cradle/pack_loader.hpp"

namespace cradle::cli {
namespace {

using Values = std::vector<std::pair<std::string, std::string>>;

// Replaces each {key} of a template with its value.
std::string fill(std::string text, const Values& values) {
  for (const auto& [key, value] : values)
    for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
      text.replace(at, key.size(), value);
  return text;
}

constexpr const char* kManifest =
    R"(# Your pack's manifest: what it is, who it is from, and what is in it.
# `cradle validate .` checks the whole pack; `cradle pack .` wraps it up to share.
id: {id}  # a lowercase slug, unique among packs
version: 0.1.0  # a semantic version: raise it each time you share a new copy
title: "{title}"
description: "{description}"
language: en  # a BCP 47 tag, like en or en-AU
api: {api}  # the pack format this pack is written for
# You can also add authors: [Your Name] and a license: line.
content:
  - type: {type}
    source: {source}
)";

constexpr const char* kFaq = R"(## What is this pack? {#what-is-this-pack}

It is a small set of questions and answers, ready for you to make your own.
Each question is a heading that starts with two hashes, and everything below
it, up to the next question, is its answer.

Answers are ordinary Markdown, so *emphasis*, **bold**, lists, quotes and
[links to the web](https://commonmark.org/help/) all work.

## How do I add another question? {#adding-a-question}

Start a new line with two hashes and a space, write the question, and put
the answer underneath. Readers see the questions in the order they are in
this file.

A few things worth knowing:

- Each question gets a short web address made from its words. To choose it
  yourself, end the heading with one in braces, as both questions here do.
  Then links keep working even when you reword the question.
- To send readers to another answer, link to its address, like this:
  [back to the first question](what-is-this-pack).
- When you are happy with it, `cradle validate` checks the pack and
  `cradle pack` makes a single file you can share.
)";

constexpr const char* kWelcomePost = R"(---
title: "Welcome to the blog"
date: {today}
author: The editors
tags: [welcome]
summary: "A first hello, and what you can look forward to reading here."
---

Hello, and thank you for stopping by.

This is where we will share longer pieces: ideas we keep coming back to,
what we are learning, and stories that might make your day a little easier.
Posts appear newest first, so the latest is always at the top.

If you are wondering how a post like this one is put together, the next one,
[writing your next post](writing-your-next-post), walks through it.
)";

constexpr const char* kGuidePost = R"(---
title: "Writing your next post"
date: {today}
author: The editors
tags: [how-to, writing]
summary: "Everything a post needs: a few lines of front matter, then whatever you want to say."
draft: false
slug: writing-your-next-post
---

Each post is one Markdown file in the `posts` folder. It starts with a few
lines between two `---` lines, called front matter:

- **title** and **date** (written 2026-03-10) are the only ones you need.
- **author**, **tags** and **summary** help readers find their way around.
- **draft: true** keeps a post out of the pack until you are ready.
- **slug** sets the post's web address; without it, the file name is used.

Below the front matter, write as you would anywhere: paragraphs, *emphasis*,
lists and quotes all work. To point to another post, link to its slug, as
this one links back to the [welcome post](welcome).

> Write the way you would talk to a friend over a cup of tea.

When you are done, `cradle validate` checks every post and `cradle pack`
wraps the blog up to share.
)";

constexpr const char* kQuiz =
    R"(# A reflection quiz: statements readers rate, grouped into scales, and
# results chosen by the scale scores.
title: "How is your week going?"
summary: "Four quick statements to help you notice how rested and how supported you feel right now."
instructions: |
  Read each statement and choose how much it sounds like your week, from
  1 (not at all like me) to 5 (very much like me).

  There are no right or wrong answers. Go with your first response.
notice: |
  **This quiz is a reflection tool, not a diagnosis.** It cannot tell you
  anything about your health; it simply offers a quiet moment to notice how
  you are going.

  Your answers are private: nothing you choose here is sent anywhere or kept.
  If things feel hard at the moment, please talk with someone you trust, or
  with your doctor.
response_scale:
  min: 1
  max: 5
  labels:
    1: Not at all like me
    2: A little like me
    3: Somewhat like me
    4: Quite like me
    5: Very much like me
scales:
  - id: rest
    title: Feeling rested
    description: "A higher score means your days have had some room to breathe."
    scoring: mean
  - id: support
    title: Feeling supported
    description: "A higher score means there are people around you to lean on."
    scoring: mean
items:
  - id: rest1
    text: "Most mornings this week, I woke up feeling ready for the day."
    scale: rest
  - id: rest2
    text: "By mid-afternoon, I have usually been running on empty."
    scale: rest
    reverse: true  # agreeing means less rested, so the answer counts the other way
  - id: support1
    text: "There is someone I could call if the day got hard."
    scale: support
  - id: support2
    text: "This week I have mostly kept my worries to myself."
    scale: support
    reverse: true
results:
  thresholds_source: "The cut-off of 3 is simply the middle of the 1 to 5 answer scale, chosen for this example. It is not a published norm."
  # The first rule whose conditions all hold is the reader's result.
  rules:
    - id: steady
      title: "Rested and supported"
      when: { rest: { at_least: 3 }, support: { at_least: 3 } }
      body: |
        Your answers suggest this week has had some breathing room, and that
        there are people you can turn to. That is worth noticing, and worth
        protecting: whatever is helping, keep a little space for it.
    - id: go-gently
      title: "A week to go gently"
      when: {}
      body: |
        Your answers suggest this week has asked a lot of you. That happens to
        everyone, and it is not a failing. Is there one small thing that would
        help: an early night, a walk, or a message to someone who cares about you?
plot:
  x: rest
  y: support
)";

}  // namespace

const std::vector<std::string>& starter_types() {
  static const std::vector<std::string> types = {"faq", "blog", "quiz"};
  return types;
}

std::vector<StarterFile> starter_files(std::string_view type, const StarterInfo& info) {
  struct Kind {
    std::string_view type;
    const char* description;
    const char* source;
    std::vector<StarterFile> files;
  };
  const Kind kinds[] = {
      {"faq", "Questions people ask, and our answers.", "faq.md", {{"faq.md", kFaq}}},
      {"blog",
       "Notes, stories and ideas from us.",
       "posts",
       {{"posts/welcome.md", kWelcomePost}, {"posts/writing-your-next-post.md", kGuidePost}}},
      {"quiz",
       "A short, private reflection quiz.",
       "weekly-check-in.yaml",
       {{"weekly-check-in.yaml", kQuiz}}},
  };
  for (const auto& kind : kinds) {
    if (kind.type != type) continue;
    const Values values = {{"{id}", info.id},
                           {"{title}", info.title},
                           {"{today}", info.today},
                           {"{api}", std::to_string(kPackFormatVersion)},
                           {"{description}", kind.description},
                           {"{type}", std::string(kind.type)},
                           {"{source}", kind.source}};
    std::vector<StarterFile> files = {{"pack.yaml", fill(kManifest, values)}};
    for (const auto& f : kind.files) files.push_back({f.path, fill(f.text, values)});
    return files;
  }
  return {};
}

}  // namespace cradle::cli
