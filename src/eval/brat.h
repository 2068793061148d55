// brat standoff gold (the .ann files of PolNeAR): reading one annotation
// file and the text it annotates into the Gold that the JSON reader fills
// (gold.h), so the matcher and every figure work on it unchanged.
//
//   eval::Gold gold;
//   Status s = eval::read_brat_gold("dev/attributions/article_4e07.ann", text, "article.txt", gold);
//   // dev/attributions/article_4e07.ann:12: E3: Source:T40 refers to no annotation near 'E3\t...'
//
// The lines read (one annotation a line, fields separated by tabs):
//
//   T5	Source 75 105	Marta Lindqvist          a text-bound span: id, type and
//   T6	Cue 106 110	said                     offsets, then the text it covers
//   T7	Content 111 140;152 170	...       a discontinuous span: fragments by ';'
//   E2	Attribution:T8 Content:T7 Cue:T6 Source:T5
//
// - Offsets are Unicode code points of the text (as FORMAT.md's spans); they
//   are checked against it: within the text, the fragments' texts joined by a
//   space being the annotation's text (white space aside), so a file written
//   in byte offsets, or for another version of the text, is an error naming
//   the line, not a silently shifted gold.
// - A span's text that runs over a line break goes on on the next line(s) of
//   the file: a line that does not start with an id and a tab (`T12\t`,
//   `E3\t`, `A1\t`, `R1\t`, `N1\t`, `M1\t`, `#1\t`, `*\t`) continues the
//   text of the T or # line before it.
// - Each E line whose trigger is `Attribution` or `Attribution-no-source` is
//   one GoldAttribution (id: the E id, in file order). Its roles: `Source`,
//   `Cue`, `Content`, and `Content2`, `Content3`... which are further
//   fragments of the content. The role, not the T's type, says what a span
//   is (PolNeAR has a few Source roles pointing at Content spans). A missing
//   role is a null span; an E with no Source, Cue or Content is dropped.
// - Not mapped (FORMAT.md has no place for them, or they are annotators'
//   working marks): the trigger T (`Attribution`, `Attribution-no-source`,
//   the cue word again), `Discuss` and `Discard` spans, T spans no E uses, and
//   A/M (attributes), R (relations), N (normalizations), # (notes) and *
//   (equivalences) lines, whose structure is checked but which are dropped.
//   brat has no entities, types, quote kinds, nesting or optional marks: the
//   attributions have no entity, an empty `type` and `quote` (not scored,
//   score.h), no parent, are all required and in the body.
// - Errors (invalid_input) name the file and line and quote the line: a line
//   that is not an annotation, a T without offsets or text, offsets that are
//   not numbers, end before start, beyond the text, a text that is not the
//   one at the offsets, an E role that is not ROLE:ID, refers to no T, is
//   unknown or given twice, duplicate ids.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "eval/gold.h"

namespace whosaid::eval {

// Reads the .ann file at `ann_path` (io_error when it cannot be read) with
// `document_text`, the UTF-8 text it annotates; `document_name` becomes
// gold.document (the text file's name), `ann_path` gold.name.
Status read_brat_gold(const std::string& ann_path, std::string_view document_text, const std::string& document_name,
                      Gold& out);
// The same on the .ann file's content; `name` names it in errors.
Status parse_brat_gold(std::string_view ann, std::string_view document_text, const std::string& name,
                       const std::string& document_name, Gold& out);

}  // namespace whosaid::eval
