# async def coroutines run with asyncio.run and awaited with gather (engine: unsupported for now).
import asyncio
async def step(name, delay):
    await asyncio.sleep(delay)
    print('finished', name)
    return name.upper()
async def main():
    results = await asyncio.gather(step('slow', 0.02), step('fast', 0.01))
    print(results)
asyncio.run(main())
