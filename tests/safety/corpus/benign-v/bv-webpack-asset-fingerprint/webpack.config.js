module.exports = {
  output: {
    filename: "[name].[contenthash:8].js",
    chunkFilename: "[id].[contenthash:8].js",
    assetModuleFilename: "assets/[hash][ext]",
    clean: true,
  },
  optimization: { runtimeChunk: "single", moduleIds: "deterministic" },
};
