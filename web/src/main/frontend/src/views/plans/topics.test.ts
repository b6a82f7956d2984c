import { describe, expect, it } from 'vitest';
import type { Topic } from '../../api/plans';
import { emptyTopic, hoursWarning, kindLabel, moveTopic, totalHours } from './topics';

const topic = (title: string, hours: number): Topic => ({ ...emptyTopic(), title, hours });

describe('plan topics', () => {
  it('sums the hours and warns with the same words as the server', () => {
    const topics = [topic('Натуральные числа', 3), topic('Дроби', 2)];
    expect(totalHours(topics)).toBe(5);
    expect(hoursWarning(5, 170)).toBe('В КТП 5 ч, а по учебному плану 170 ч в год (не хватает 165 ч)');
    expect(hoursWarning(172, 170)).toBe('В КТП 172 ч, а по учебному плану 170 ч в год (лишних 2 ч)');
    expect(hoursWarning(170, 170)).toBeNull();
    expect(hoursWarning(5, null)).toBeNull();
  });

  it('moves rows up and down but not past the ends', () => {
    const topics = [topic('a', 1), topic('b', 1), topic('c', 1)];
    expect(moveTopic(topics, 2, -1).map((t) => t.title)).toEqual(['a', 'c', 'b']);
    expect(moveTopic(topics, 0, -1)).toBe(topics);
    expect(moveTopic(topics, 2, 1)).toBe(topics);
  });

  it('names the kinds in Russian', () => {
    expect(kindLabel('LABORATORY')).toBe('Лабораторная работа');
  });
});
