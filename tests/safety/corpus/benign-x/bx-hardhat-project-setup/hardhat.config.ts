import "dotenv/config";
import "@nomicfoundation/hardhat-toolbox";
import type { HardhatUserConfig } from "hardhat/config";

const { PRIVATE_KEY = "", ETHERSCAN_API_KEY = "", SEPOLIA_RPC = "https://rpc.sepolia.org" } = process.env;

const config: HardhatUserConfig = {
  solidity: "0.8.24",
  networks: {
    sepolia: { url: SEPOLIA_RPC, accounts: PRIVATE_KEY ? [PRIVATE_KEY] : [] },
  },
  gasReporter: { enabled: process.env.REPORT_GAS === "1", currency: "USD" },
  etherscan: { apiKey: ETHERSCAN_API_KEY },
};
export default config;
