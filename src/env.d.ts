interface ImportMetaEnv {
  /** True in `astro dev` only: drafts and future-dated articles are shown (see src/integrations/clippings-mode.ts). */
  readonly CLIPPINGS_INCLUDE_DRAFTS: boolean;
}
