import argparse
import os
import sqlite3
import time

from web3 import Web3

TRANSFER_TOPIC = Web3.keccak(text="Transfer(address,address,uint256)").hex()

ap = argparse.ArgumentParser()
ap.add_argument("--from-block", type=int, required=True)
ap.add_argument("--db", default="transfers.sqlite")
ap.add_argument("--window", type=int, default=2000)
args = ap.parse_args()

w3 = Web3(Web3.HTTPProvider(os.environ["ETH_RPC_URL"], request_kwargs={"timeout": 30}))
token = Web3.to_checksum_address(os.environ["TOKEN_ADDRESS"])

db = sqlite3.connect(args.db)
db.execute("create table if not exists transfers(block int, tx text, from_addr text, to_addr text, value text)")
db.execute("create table if not exists cursor(last_block int)")
row = db.execute("select last_block from cursor").fetchone()
start = (row[0] + 1) if row else args.from_block
head = w3.eth.block_number

for lo in range(start, head + 1, args.window):
    hi = min(lo + args.window - 1, head)
    logs = w3.eth.get_logs({"address": token, "fromBlock": lo, "toBlock": hi, "topics": [TRANSFER_TOPIC]})
    db.executemany("insert into transfers values (?,?,?,?,?)", [
        (l["blockNumber"], l["transactionHash"].hex(),
         "0x" + l["topics"][1].hex()[-40:], "0x" + l["topics"][2].hex()[-40:],
         str(int(l["data"].hex(), 16))) for l in logs])
    db.execute("delete from cursor")
    db.execute("insert into cursor values (?)", (hi,))
    db.commit()
    print(f"blocks {lo}-{hi}: {len(logs)} transfers")
    time.sleep(0.2)
