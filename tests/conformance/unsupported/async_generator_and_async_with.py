# async for over an async generator and async with on an async context manager (engine: unsupported for now).
import asyncio
class Session:
    async def __aenter__(self):
        print('open session')
        return self
    async def __aexit__(self, *exc):
        print('close session')
async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def main():
    async with Session():
        async for t in ticks(3):
            print('tick', t)
asyncio.run(main())
