import { freemem, totalmem } from 'node:os';

/**
 * The memory a build may use, in bytes: what the machine has available now (os.freemem is Linux's
 * MemAvailable), within a container's limit if there is one, and within `NQPF_MEMORY_LIMIT_MB` if set
 * (a machine shared by several jobs can hold nqpf to its share).
 */
export function availableMemory(env: NodeJS.ProcessEnv = process.env): number {
  const limits = [freemem()];
  const constrained = process.constrainedMemory?.() ?? 0;
  if (constrained > 0 && constrained < totalmem()) limits.push(constrained);
  const configured = Number(env.NQPF_MEMORY_LIMIT_MB);
  if (env.NQPF_MEMORY_LIMIT_MB !== undefined && Number.isFinite(configured) && configured > 0) limits.push(configured * 1024 * 1024);
  return Math.min(...limits);
}
