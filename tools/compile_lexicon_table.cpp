// compile_lexicon_table LANGUAGE_DIR TABLE_FILE
//
// Run by the build (CMakeLists.txt): loads the lexicon of one language folder
// from its TSV files, generating every verb and cue form, and writes it as the
// compiled table the tool reads at start-up (src/lang/lexicon_table.h).
// Exit 0, or 65 with the data error (file and line), 74 when it cannot write.
#include <iostream>

#include "lang/lexicon.h"
#include "lang/lexicon_table.h"

int main(int argc, char** argv) {
  using namespace whosaid;
  if (argc != 3) {
    std::cerr << "usage: compile_lexicon_table LANGUAGE_DIR TABLE_FILE\n";
    return 64;
  }
  lang::Lexicon lexicon;
  if (Status s = lang::Lexicon::load_from_data_files(argv[1], lexicon); !s.ok()) {
    std::cerr << "compile_lexicon_table: " << s.message() << "\n";
    return 65;
  }
  if (Status s = lang::LexiconTable::write(lexicon, argv[2]); !s.ok()) {
    std::cerr << "compile_lexicon_table: " << s.message() << "\n";
    return 74;
  }
  return 0;
}
