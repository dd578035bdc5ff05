import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatClient } from '@chat/grpc';
import { createTestEnv, type TestEnv } from '@chat/testing';
import { startTestStack, type TestStack } from '@chat/testing/chat-core/test-stack.ts';

let env: TestEnv;
let stack: TestStack;
let chat: ChatClient;
let alice: string, bob: string, carol: string, dave: string;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startTestStack(env, { CHAT_EXPLICIT_ROOM_JOINS: 'true' });
  chat = stack.chat.client;
  [alice, bob, carol, dave] = (await stack.users(4)) as [string, string, string, string];
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

async function roomWithAliceOnly(): Promise<string> {
  const room = await chat.CreateRoom({ user_id: alice, name: 'invite only', user_ids: [alice] });
  return room.id;
}

const invitationOf = async (userId: string, roomId: string) =>
  (await chat.ListInvitations({ user_id: userId })).invitations.find((i) => i.room_id === roomId);

async function events(roomId: string) {
  return (await stack.pool.query('SELECT seq, type, payload FROM chat.room_events WHERE room_id = $1 ORDER BY seq', [roomId])).rows;
}

describe('explicit room joins', () => {
  it('creating a room invites the others instead of adding them', async () => {
    const room = await chat.CreateRoom({ user_id: alice, name: 'party', user_ids: [bob, carol] });
    expect(room.participants).toEqual([alice]);
    expect(await invitationOf(bob, room.id)).toMatchObject({ room_name: 'party', inviter_id: alice, invitee_id: bob });
    expect(await invitationOf(carol, room.id)).toBeDefined();
    await expect(chat.GetRoom({ user_id: bob, room_id: room.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('AddUsers sends invitations: invited=true, nobody joins, nothing in the timeline', async () => {
    const room = await roomWithAliceOnly();
    await expect(chat.AddUsers({ user_id: alice, room_id: room, user_ids: [bob] })).resolves.toEqual({ invited: true });
    expect((await chat.GetRoom({ user_id: alice, room_id: room })).participants).toEqual([alice]);
    expect(await invitationOf(bob, room)).toMatchObject({ room_id: room, room_name: 'invite only', inviter_id: alice, invitee_id: bob });
    expect((await events(room)).map((e) => e.type)).toEqual(['room-joined']);
  });

  it('refuses to invite someone already invited or already a participant, or unknown, changing nothing', async () => {
    const room = await roomWithAliceOnly();
    await chat.AddUsers({ user_id: alice, room_id: room, user_ids: [bob] });
    await expect(chat.AddUsers({ user_id: alice, room_id: room, user_ids: [carol, bob] })).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      message: `users already invited: ${bob}`,
    });
    await expect(chat.AddUsers({ user_id: alice, room_id: room, user_ids: [alice] })).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      message: `users already in the room: ${alice}`,
    });
    const ghost = randomUUID();
    await expect(chat.AddUsers({ user_id: alice, room_id: room, user_ids: [ghost] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `users not found: ${ghost}`,
    });
    expect(await invitationOf(carol, room)).toBeUndefined();
  });

  it('lets only a participant invite', async () => {
    const room = await roomWithAliceOnly();
    await expect(chat.AddUsers({ user_id: bob, room_id: room, user_ids: [carol] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `room ${room} not found`,
    });
  });

  it('accepting makes the invitee a participant, logged as a join, announced with room-joined', async () => {
    const room = await roomWithAliceOnly();
    await chat.AddUsers({ user_id: alice, room_id: room, user_ids: [bob] });
    const invitation = (await invitationOf(bob, room))!;
    await chat.RespondInvitation({ user_id: bob, invitation_id: invitation.id, accept: true });

    expect([...(await chat.GetRoom({ user_id: bob, room_id: room })).participants].sort()).toEqual([alice, bob].sort());
    expect(await invitationOf(bob, room)).toBeUndefined();
    expect((await events(room))[1]).toEqual({
      seq: '2',
      type: 'room-joined',
      payload: { room, roomName: 'invite only', users: [bob], by: bob, seq: 2 },
    });
    const log = await stack.pool.query(`SELECT actor_id FROM chat.membership_log WHERE room_id = $1 AND user_id = $2 AND action = 'join'`, [room, bob]);
    expect(log.rows).toEqual([{ actor_id: bob }]);
    await expect(chat.RespondInvitation({ user_id: bob, invitation_id: invitation.id, accept: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `invitation ${invitation.id} not found`,
    });
  });

  it('declining removes the invitation and joins nobody', async () => {
    const room = await roomWithAliceOnly();
    await chat.AddUsers({ user_id: alice, room_id: room, user_ids: [carol] });
    const invitation = (await invitationOf(carol, room))!;
    await chat.RespondInvitation({ user_id: carol, invitation_id: invitation.id, accept: false });
    expect(await invitationOf(carol, room)).toBeUndefined();
    expect((await chat.GetRoom({ user_id: alice, room_id: room })).participants).toEqual([alice]);
    expect((await events(room)).map((e) => e.type)).toEqual(['room-joined']);
  });

  it('only the invitee may answer', async () => {
    const room = await roomWithAliceOnly();
    await chat.AddUsers({ user_id: alice, room_id: room, user_ids: [carol] });
    const invitation = (await invitationOf(carol, room))!;
    await expect(chat.RespondInvitation({ user_id: dave, invitation_id: invitation.id, accept: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(chat.RespondInvitation({ user_id: alice, invitation_id: invitation.id, accept: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await invitationOf(carol, room)).toBeDefined();
  });

  it('only the inviter may cancel: another participant is denied, a stranger gets NOT_FOUND', async () => {
    const room = await chat.CreateRoom({ user_id: alice, name: 'cancel', user_ids: [bob] });
    const bobsInvitation = (await invitationOf(bob, room.id))!;
    await chat.RespondInvitation({ user_id: bob, invitation_id: bobsInvitation.id, accept: true });
    await chat.AddUsers({ user_id: alice, room_id: room.id, user_ids: [carol] });
    const invitation = (await invitationOf(carol, room.id))!;

    await expect(chat.CancelInvitation({ user_id: bob, invitation_id: invitation.id })).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: 'only the inviter can cancel an invitation',
    });
    await expect(chat.CancelInvitation({ user_id: dave, invitation_id: invitation.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `invitation ${invitation.id} not found`,
    });
    expect(await invitationOf(carol, room.id)).toBeDefined();
    await chat.CancelInvitation({ user_id: alice, invitation_id: invitation.id });
    expect(await invitationOf(carol, room.id)).toBeUndefined();
    await expect(chat.RespondInvitation({ user_id: carol, invitation_id: invitation.id, accept: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
