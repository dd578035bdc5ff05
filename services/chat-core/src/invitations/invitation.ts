export interface Invitation {
  id: string;
  roomId: string;
  roomName: string;
  inviterId: string;
  inviteeId: string;
  createdAt: Date;
}

export const invitationNotFound = (id: string) => `invitation ${id} not found`;
