import { readFileSync } from "node:fs";
import { createPublicClient, http, formatEther, formatUnits, erc20Abi, type Address, type Chain } from "viem";
import { mainnet, base, arbitrum } from "viem/chains";

type Entry = { label: string; address: Address };

const USDC: Record<number, Address> = {
  [mainnet.id]: "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48",
  [base.id]: "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913",
  [arbitrum.id]: "0xaf88d065e77c8cC2239327C5EDb3A432268e5831",
};

const RPC: Record<number, string> = {
  [mainnet.id]: "https://ethereum-rpc.publicnode.com",
  [base.id]: "https://mainnet.base.org",
  [arbitrum.id]: "https://arb1.arbitrum.io/rpc",
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const entries: Entry[] = JSON.parse(readFileSync(process.argv[2], "utf8"));
  console.log("label,chain,eth,usdc");
  for (const chain of [mainnet, base, arbitrum] as Chain[]) {
    const client = createPublicClient({ chain, transport: http(RPC[chain.id]) });
    for (const { label, address } of entries) {
      const wei = await client.getBalance({ address });
      const usdc = await client.readContract({
        address: USDC[chain.id], abi: erc20Abi, functionName: "balanceOf", args: [address],
      });
      console.log([label, chain.name, formatEther(wei), formatUnits(usdc, 6)].join(","));
      await sleep(250);
    }
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
