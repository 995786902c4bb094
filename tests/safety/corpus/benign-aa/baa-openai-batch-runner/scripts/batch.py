import sys, time
from openai import OpenAI

client = OpenAI()  # reads OPENAI_API_KEY from the environment
f = client.files.create(file=open(sys.argv[1], "rb"), purpose="batch")
b = client.batches.create(input_file_id=f.id, endpoint="/v1/chat/completions", completion_window="24h")
print("batch", b.id)
while (b := client.batches.retrieve(b.id)).status not in ("completed", "failed", "expired"):
    time.sleep(30)
if b.output_file_id:
    open("results.jsonl", "wb").write(client.files.content(b.output_file_id).read())
    print("wrote results.jsonl")
