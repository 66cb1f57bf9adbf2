/** Unit tests that call extractors directly read units and cues with the repo's data/vocabulary. */
import { activateVocabulary, readVocabulary } from '../../src/compiler/vocabulary';

activateVocabulary(readVocabulary(process.cwd()));
