// What a toolchain id may be: one definition for spec validation, GC, the CLI and the layout.

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
