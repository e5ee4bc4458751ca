import { setFlagsFromString } from 'node:v8';

// V8 first compiles each regular expression to bytecode and interprets it, then compiles it again to machine code
// once it has run. The engine's cue lists are large alternations: compiling them twice made a run over one article
// spend more time compiling than analysing, and the interpreted lists slowed batches. The CLI owns its process, so
// it asks for machine code at once; the editor's extension host is shared with other extensions and keeps its
// defaults. Imported first, before any module compiles a pattern.
setFlagsFromString('--no-regexp-tier-up');
