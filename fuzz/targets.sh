# Sourced by the fuzz scripts: the targets (as fuzz/CMakeLists.txt lists
# them) and the dictionary each one fuzzes with.
WHOSAID_FUZZ_TARGETS=$(sed -n 's/^set(WHOSAID_FUZZ_TARGETS \(.*\))$/\1/p' "$(dirname "${BASH_SOURCE[0]}")/CMakeLists.txt")
dict_of() {
  case $1 in
    pipeline | graph) echo text.dict ;;
    html) echo html.dict ;;
    jsonl | document_json | gold) echo json.dict ;;
    lang) echo lang.dict ;;
    forms) echo text.dict ;;
    *) echo "no dictionary for $1" >&2; return 1 ;;
  esac
}
