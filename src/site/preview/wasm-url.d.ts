// `?url` imports: the bundler emits the file under a content-hashed name and the import is its URL.
declare module '*.wasm?url' {
  const url: string;
  export default url;
}
