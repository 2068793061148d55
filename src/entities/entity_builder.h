// The entity stage: types each source mention and groups mentions into
// entities (core/attribution.h Entity), with the rule behind each merge.
//
// Resolution is rule-based and conservative: where the text leaves identity
// open, mentions stay apart.
//  - named people merge by surname ("le président russe Vladimir Poutine",
//    "M. Poutine", "Poutine");
//  - a definite description refers back to the latest compatible source with
//    the same head noun ("Le fonctionnaire américain" -> "Un fonctionnaire
//    américain"; "les sources russes" -> "trois sources russes");
//  - "une deuxième source", "l'une des sources" become members of the group
//    with that head noun, not the group; "une autre source" is new;
//  - a subject pronoun refers to the latest source of matching number in the
//    preceding sentences.
#pragma once

#include "core/document.h"
#include "extract/context.h"

namespace whosaid::entities {

void build_entities(const extract::Context& ctx, Document& doc);

}  // namespace whosaid::entities
