import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import { buildingsUrl, listBuildings, listRooms, roomsUrl } from '../../../api/rooms';
import { useResource } from '../../../api/useResource';
import { Flash } from '../../../components/FormParts';
import { InlineLoading } from '../../Status';
import { LoadFailure } from '../LoadFailure';
import type { StepProps } from '../SchoolSetup';
import { BuildingForm } from './BuildingForm';
import { RoomForm } from './RoomForm';
import { RoomsTable } from './RoomsTable';

/** Step «Кабинеты»: the school's buildings and rooms; a room can be renamed in its row. */
export function RoomsStep({ school, onChange }: StepProps) {
  const fetchImpl = useFetch();
  const buildings = useResource((signal) => listBuildings(fetchImpl, school.id, signal), buildingsUrl(school.id));
  const rooms = useResource((signal) => listRooms(fetchImpl, school.id, signal), roomsUrl(school.id));
  const [message, setMessage] = useState('');

  if (buildings.failure) return <LoadFailure failure={buildings.failure} onRetry={buildings.reload} />;
  if (buildings.data === null) return <InlineLoading />;

  const changed = (text: string) => {
    setMessage(text);
    buildings.reload();
    rooms.reload();
    onChange();
  };

  return (
    <>
      <section className="subsection subsection--first" aria-labelledby="rooms-title">
        <h2 id="rooms-title" className="section-title">Кабинеты</h2>
        <Flash message={message} />
        {rooms.failure && <LoadFailure failure={rooms.failure} onRetry={rooms.reload} />}
        {rooms.data === null ? !rooms.failure && <InlineLoading /> : (
          <RoomsTable schoolId={school.id} rooms={rooms.data} onRenamed={(room) => changed(`Кабинет переименован: ${room.name}.`)} />
        )}
      </section>
      <div className="subsection">
        {buildings.data.length > 0 && (
          <RoomForm schoolId={school.id} buildings={buildings.data}
            onCreated={(room) => changed(`Кабинет ${room.name} добавлен в здание «${room.buildingName}».`)} />
        )}
      </div>
      <div className="subsection">
        <BuildingForm schoolId={school.id} first={buildings.data.length === 0}
          onCreated={(building) => changed(`Здание «${building.name}» добавлено. Теперь добавьте в него кабинеты.`)} />
      </div>
    </>
  );
}
