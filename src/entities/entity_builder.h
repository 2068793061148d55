// The entity stage: types each source mention and groups mentions into
// entities (core/attribution.h Entity), recording the rule behind each merge,
// then computes the document's sourcing audit (entities/audit.h).
//
// Resolution is rule-based and conservative: where the text leaves identity
// open, mentions stay apart. Mentions are taken in text order; each joins the
// first entity a rule finds, else starts one. The rules (docs/entities.md):
//  - "surname": a named person joins the latest person with that surname (and
//    no other first name): "le président russe Ivan Petrov", "M. Petrov",
//    "Petrov";
//  - "same-name" / "acronym": organizations by their words or an acronym
//    ("l'Institut national de la statistique", "l'Insee");
//  - "possessor": "les déductions de Jean Dupont" stands for Jean Dupont;
//  - "pronoun": il/elle/ils/elles -> the latest compatible source (number,
//    gender) in the five preceding sentences, subjects first;
//  - "definite-description": "Le fonctionnaire américain", "cette source",
//    "le ministre" -> the latest source whose mentions had that noun;
//  - "role-antecedent": a definite description with no such source ("le
//    champion", "la spécialiste") -> the latest person named in the text
//    before it (a source or not) of compatible gender and role;
//  - "group-description": "les sources russes" -> "trois sources russes";
//  - "une deuxième source", "l'une des sources" start entities that are
//    members (member_of) of the group; "une autre source" starts a new one.
#pragma once

#include "core/document.h"
#include "extract/context.h"

namespace whosaid::entities {

void build_entities(const extract::Context& ctx, Document& doc);

}  // namespace whosaid::entities
