import { Link } from 'react-router';

/** Back to step 1: always offered on the diagnosis step, before the way on is known too. */
export function EditBounceLink() {
  return (
    <Link to="/" className="button">
      Edit the bounce
    </Link>
  );
}
