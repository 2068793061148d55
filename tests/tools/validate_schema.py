#!/usr/bin/env python3
"""Validates JSON documents against a JSON Schema (Debian's python3-jsonschema).

usage: validate_schema.py SCHEMA.json FILE.json|FILE.jsonl ...
A .jsonl file is validated line by line. Exits 0 when all are valid, 1 with
the first error (file, line, JSON path, message) otherwise, 2 on usage errors.
"""
import json
import sys

import jsonschema


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            docs = [json.loads(line) for line in f if line.strip()] if path.endswith(".jsonl") else [json.load(f)]
        for number, doc in enumerate(docs, 1):
            items = doc if isinstance(doc, list) else [doc]
            for item in items:
                for error in validator.iter_errors(item):
                    where = "/".join(str(p) for p in error.absolute_path)
                    print(f"{path}:{number}: {where}: {error.message}", file=sys.stderr)
                    return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
