"""Code shared by the EPI plugins: errors, YAML with line numbers, schemas, UI strings, languages."""
